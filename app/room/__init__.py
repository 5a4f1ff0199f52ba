"""The room server: participants' phones join over the room's own Wi-Fi. Off by default."""
