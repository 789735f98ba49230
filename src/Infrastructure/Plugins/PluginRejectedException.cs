namespace Campus.Infrastructure.Plugins;

public sealed class PluginRejectedException(string reason) : Exception(reason);
