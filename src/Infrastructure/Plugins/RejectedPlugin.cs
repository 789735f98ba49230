namespace Campus.Infrastructure.Plugins;

/// <summary>A plugin folder the host skipped, and why; shown to district admins.</summary>
public sealed record RejectedPlugin(string Folder, string Reason);
