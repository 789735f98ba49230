namespace Campus.Application.Plugins;

/// <summary>Which plugin registered a service type, so that a switched-off plugin's contributions can be left out.</summary>
public interface IPluginOwnership
{
    /// <summary>The plugin id, or null for the host's own types.</summary>
    string? PluginOf(Type registeredType);
}
