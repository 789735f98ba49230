namespace Campus.Application.Plugins;

/// <summary>The contents of a plugin folder's plugin.json.</summary>
public sealed record PluginManifest(
    string Id,
    string Name,
    string Version,
    string Description,
    string Assembly,
    string HostApi,
    IReadOnlyList<string> DependsOn);
