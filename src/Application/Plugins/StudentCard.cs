namespace Campus.Application.Plugins;

/// <summary>A summary on the student overview, already localized by the plugin that made it.</summary>
public sealed record StudentCard(string Title, IReadOnlyList<StudentCardLine> Lines, string? LinkPath, string? LinkText);

public sealed record StudentCardLine(string Label, string Value);
