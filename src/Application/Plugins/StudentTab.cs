namespace Campus.Application.Plugins;

/// <summary>
/// A tab under a student. <paramref name="TitleKey"/> is looked up in the resources of
/// <paramref name="ResourceSource"/>, so the plugin's own .resx files localize it.
/// </summary>
public sealed record StudentTab(string Path, string TitleKey, Type ResourceSource, int Order = 100);
