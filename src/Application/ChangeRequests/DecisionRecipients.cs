using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// Who hears of a decision: the guardian who asked, and (unless switched off) the other guardians of the
/// household concerned who have portal access. One email per address.
/// </summary>
public sealed class DecisionRecipients(ICampusDbContext db, ChangeRequestSettings settings)
{
    public async Task<IReadOnlyList<Guardian>> ForAsync(ChangeRequest request, CancellationToken cancellationToken)
    {
        var requester = await db.Guardians.AsNoTracking().FirstAsync(g => g.Id == request.RequestedByGuardianId, cancellationToken);
        var recipients = new List<Guardian> { requester };
        if (settings.NotifyHousehold)
        {
            var requesterHouseholds = db.HouseholdGuardians.Where(x => x.GuardianId == requester.Id).Select(x => x.HouseholdId);
            IQueryable<int> households = request switch
            {
                { HouseholdId: int householdId } => db.Households.Where(h => h.Id == householdId).Select(h => h.Id),
                { StudentId: int studentId } => db.HouseholdStudents.Where(x => x.StudentId == studentId && requesterHouseholds.Contains(x.HouseholdId)).Select(x => x.HouseholdId),
                { SubjectGuardianId: int guardianId } => db.HouseholdGuardians.Where(x => x.GuardianId == guardianId && requesterHouseholds.Contains(x.HouseholdId)).Select(x => x.HouseholdId),
                _ => db.Households.Where(_ => false).Select(h => h.Id),
            };
            var others = await db.Guardians.AsNoTracking()
                .Where(g => g.Id != requester.Id
                    && db.HouseholdGuardians.Any(x => x.GuardianId == g.Id && households.Contains(x.HouseholdId))
                    && g.StudentLinks.Any(l => l.IsActive && l.HasPortalAccess))
                .OrderBy(g => g.Id)
                .ToListAsync(cancellationToken);
            recipients.AddRange(others);
        }

        return recipients
            .Where(g => !string.IsNullOrWhiteSpace(g.Email))
            .DistinctBy(g => g.Email!.ToLowerInvariant())
            .ToList();
    }
}
