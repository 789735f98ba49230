namespace Campus.Application.Plugins;

/// <summary>
/// A plugin's entry point: the one class in its assembly that implements this. The host creates it once at
/// start-up and calls <see cref="Register"/> before the service provider is built.
/// </summary>
public interface IPortalPlugin
{
    void Register(IPluginBuilder builder);
}
