namespace Campus.Application.Plugins;

public static class HostApi
{
    /// <summary>
    /// The plugin contract's version. A plugin's manifest names the version it was built against; the host loads
    /// only plugins whose version it carries. Raise it on any breaking change to the types in this folder.
    /// </summary>
    public const string Version = "1";
}
