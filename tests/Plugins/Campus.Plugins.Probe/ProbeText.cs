namespace Campus.Plugins.Probe;

/// <summary>Marker type for the plugin's string resources (Resources/ProbeText.resx).</summary>
public sealed class ProbeText
{
    public const string KindTitle = "ProbeStateIdTitle";
    public const string StateIdLabel = "ProbeStateIdLabel";
    public const string StateIdFormat = "ProbeStateIdFormat";
}
