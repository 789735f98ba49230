using Campus.Application.Abstractions;
using Campus.Application.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// Which households, students and guardians the signed-in guardian may ask about, which schools review a
/// request about them, and how to name them. Every posted id goes through <see cref="CanRequestAsync"/>.
/// </summary>
public sealed class ChangeRequestTargets(ICampusDbContext db, ICurrentUser user, IPluginOwnership plugins, PluginAvailability availability)
{
    /// <summary>
    /// True when the guardian may ask for this kind of change about the target: the target is theirs, and a plugin's
    /// kind is switched on for (one of) the target's schools.
    /// </summary>
    public async Task<bool> CanRequestAsync(IChangeRequestKind kind, int id, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(kind.Target, id, cancellationToken))
        {
            return false;
        }

        return plugins.PluginOf(kind.GetType()) is not { } pluginId
            || await availability.IsEnabledForAnySchoolAsync(pluginId, await ReviewingSchoolsAsync(kind.Target, id, cancellationToken), cancellationToken);
    }

    private async Task<bool> OwnsAsync(ChangeRequestTarget target, int id, CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int me)
        {
            return false;
        }

        return target switch
        {
            ChangeRequestTarget.Household => await db.HouseholdGuardians.AnyAsync(x => x.GuardianId == me && x.HouseholdId == id, cancellationToken),
            ChangeRequestTarget.Student => await db.GuardianStudentLinks.AnyAsync(
                l => l.GuardianId == me && l.StudentId == id && l.IsActive && l.HasPortalAccess, cancellationToken),
            ChangeRequestTarget.Guardian => id == me || await db.HouseholdGuardians.AnyAsync(
                x => x.GuardianId == me && db.HouseholdGuardians.Any(y => y.HouseholdId == x.HouseholdId && y.GuardianId == id), cancellationToken),
            _ => false,
        };
    }

    /// <summary>The schools whose staff review a request about the target.</summary>
    public async Task<List<int>> ReviewingSchoolsAsync(ChangeRequestTarget target, int id, CancellationToken cancellationToken)
    {
        var studentIds = target switch
        {
            ChangeRequestTarget.Household => db.HouseholdStudents.Where(h => h.HouseholdId == id).Select(h => h.StudentId),
            ChangeRequestTarget.Student => db.Students.Where(s => s.Id == id).Select(s => s.Id),
            _ => db.GuardianStudentLinks.Where(l => l.GuardianId == id && l.IsActive).Select(l => l.StudentId),
        };
        return await db.Students.Where(s => studentIds.Contains(s.Id)).Select(s => s.SchoolId).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<string> NameAsync(ChangeRequestTarget target, int id, CancellationToken cancellationToken) => target switch
    {
        ChangeRequestTarget.Household => await db.Households.Where(h => h.Id == id).Select(h => h.Name).FirstAsync(cancellationToken),
        ChangeRequestTarget.Student => await db.Students.Where(s => s.Id == id)
            .Select(s => s.LegalFirstName + " " + s.LegalLastName).FirstAsync(cancellationToken),
        _ => await db.Guardians.Where(g => g.Id == id).Select(g => g.FirstName + " " + g.LastName).FirstAsync(cancellationToken),
    };

    /// <summary>The students a household request affects, to show on the form.</summary>
    public Task<List<string>> HouseholdStudentNamesAsync(int householdId, CancellationToken cancellationToken) =>
        db.HouseholdStudents.Where(h => h.HouseholdId == householdId)
            .Select(h => h.Student!.LegalFirstName + " " + h.Student.LegalLastName)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);

    public static int TargetId(Domain.ChangeRequests.ChangeRequest request, ChangeRequestTarget target) => target switch
    {
        ChangeRequestTarget.Household => request.HouseholdId!.Value,
        ChangeRequestTarget.Student => request.StudentId!.Value,
        _ => request.SubjectGuardianId!.Value,
    };
}
