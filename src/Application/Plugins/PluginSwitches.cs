using Campus.Application.Abstractions;
using Campus.Domain.Organization;
using Campus.Domain.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Plugins;

/// <summary>A plugin's district-wide default and each school's override; null where none is set.</summary>
public sealed record PluginSwitchState(string PluginId, bool? DistrictDefault, IReadOnlyDictionary<int, bool> SchoolOverrides);

/// <summary>District admins switch plugins on and off for the district and per school. Data only: no restart.</summary>
public sealed class PluginSwitches(ICampusDbContext db, IAuditLog audit)
{
    public async Task<IReadOnlyList<School>> SchoolsAsync(CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public async Task<PluginSwitchState> StateAsync(string pluginId, CancellationToken cancellationToken)
    {
        var settings = await db.PluginSettings.AsNoTracking().Where(p => p.PluginId == pluginId).ToListAsync(cancellationToken);
        return new PluginSwitchState(
            pluginId,
            settings.FirstOrDefault(s => s.SchoolId is null)?.IsEnabled,
            settings.Where(s => s.SchoolId is not null).ToDictionary(s => s.SchoolId!.Value, s => s.IsEnabled));
    }

    /// <summary>Sets the district default (<paramref name="schoolId"/> null) or a school's override; null <paramref name="enabled"/> removes an override.</summary>
    public async Task SetAsync(string pluginId, int? schoolId, bool? enabled, CancellationToken cancellationToken)
    {
        var setting = await db.PluginSettings.FirstOrDefaultAsync(p => p.PluginId == pluginId && p.SchoolId == schoolId, cancellationToken);
        if (enabled is null)
        {
            if (setting is not null)
            {
                db.PluginSettings.Remove(setting);
            }
        }
        else if (setting is null)
        {
            db.PluginSettings.Add(new PluginSetting { PluginId = pluginId, SchoolId = schoolId, IsEnabled = enabled.Value });
        }
        else
        {
            setting.IsEnabled = enabled.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync("plugin-switched", "Plugin", pluginId,
            $"{(schoolId is null ? "district" : $"school {schoolId}")}: {(enabled is null ? "default" : enabled.Value ? "on" : "off")}", cancellationToken);
    }
}
