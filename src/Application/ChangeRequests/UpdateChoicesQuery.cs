using Campus.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

public sealed class UpdateChoicesQuery(ICampusDbContext db, ICurrentUser user)
{
    public async Task<UpdateChoices> RunAsync(CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int me)
        {
            return new UpdateChoices([], [], []);
        }

        var householdIds = db.HouseholdGuardians.Where(x => x.GuardianId == me).Select(x => x.HouseholdId);
        var households = await db.Households.Where(h => householdIds.Contains(h.Id)).OrderBy(h => h.Name)
            .Select(h => new UpdateTarget(h.Id, h.Name)).ToListAsync(cancellationToken);
        var students = await db.GuardianStudentLinks.Where(l => l.GuardianId == me && l.IsActive && l.HasPortalAccess)
            .Select(l => l.Student!).OrderBy(s => s.LegalFirstName)
            .Select(s => new UpdateTarget(s.Id, s.LegalFirstName + " " + s.LegalLastName)).ToListAsync(cancellationToken);
        var guardians = await db.Guardians
            .Where(g => g.Id == me || db.HouseholdGuardians.Any(x => x.GuardianId == g.Id && householdIds.Contains(x.HouseholdId)))
            .OrderBy(g => g.Id == me ? 0 : 1).ThenBy(g => g.FirstName)
            .Select(g => new UpdateTarget(g.Id, g.FirstName + " " + g.LastName)).ToListAsync(cancellationToken);
        return new UpdateChoices(households, students, guardians);
    }
}
