namespace Campus.Domain.Plugins;

/// <summary>
/// Whether a plugin is on: the district-wide default when <see cref="SchoolId"/> is null, a school's override otherwise.
/// </summary>
public class PluginSetting
{
    public int Id { get; set; }
    public required string PluginId { get; set; }
    public int? SchoolId { get; set; }
    public bool IsEnabled { get; set; }
}
