namespace Campus.Plugins.Locker;

/// <summary>Marker type for the plugin's string resources (Resources/LockerText.resx).</summary>
public sealed class LockerText;
