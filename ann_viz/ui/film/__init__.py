"""Export a training film (GIF, MP4): the run replayed from its seed through the app's own views."""
