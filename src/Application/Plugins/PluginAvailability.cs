using Campus.Application.Abstractions;
using Campus.Domain.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Plugins;

/// <summary>Answers whether a plugin is switched on for a student's school (data, so no restart is needed).</summary>
public sealed class PluginAvailability(ICampusDbContext db)
{
    public async Task<bool> IsEnabledForStudentAsync(string pluginId, int studentId, CancellationToken cancellationToken)
    {
        var schoolId = await db.Students.Where(s => s.Id == studentId)
            .Select(s => (int?)s.SchoolId)
            .FirstOrDefaultAsync(cancellationToken);
        if (schoolId is null)
        {
            return false;
        }

        var settings = await db.PluginSettings.AsNoTracking()
            .Where(p => p.PluginId == pluginId && (p.SchoolId == null || p.SchoolId == schoolId))
            .ToListAsync(cancellationToken);
        return PluginAvailabilityRule.IsEnabled(settings, schoolId.Value);
    }

    /// <summary>True when the plugin is on for at least one of the schools.</summary>
    public async Task<bool> IsEnabledForAnySchoolAsync(string pluginId, IReadOnlyCollection<int> schoolIds, CancellationToken cancellationToken)
    {
        var settings = await db.PluginSettings.AsNoTracking().Where(p => p.PluginId == pluginId).ToListAsync(cancellationToken);
        return schoolIds.Any(schoolId => PluginAvailabilityRule.IsEnabled(settings, schoolId));
    }
}
