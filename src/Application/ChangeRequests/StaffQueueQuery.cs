using Campus.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

/// <summary>The review queue: oldest first, filtered and paged in the database so that it stays fast with many requests.</summary>
public sealed class StaffQueueQuery(ICampusDbContext db, StaffRequestAccess access, DistrictClock clock)
{
    public async Task<StaffQueuePage> RunAsync(StaffQueueFilter filter, CancellationToken cancellationToken)
    {
        var query = access.Visible().AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            query = query.Where(r => r.Kind == filter.Kind);
        }

        if (filter.SchoolId is int schoolId)
        {
            query = query.Where(r => db.ChangeRequestSchools.Any(s => s.ChangeRequestId == r.Id && s.SchoolId == schoolId));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.OlderThanDays is int days and > 0)
        {
            var before = clock.UtcNow.AddDays(-days);
            query = query.Where(r => r.SubmittedAtUtc <= before);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var rows = await query
            .OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Skip((page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(r => new StaffQueueRow(
                r.Id,
                r.Kind,
                db.Guardians.Where(g => g.Id == r.RequestedByGuardianId).Select(g => g.FirstName + " " + g.LastName).First(),
                r.Status,
                r.SubmittedAtUtc,
                r.Fields.Count))
            .ToListAsync(cancellationToken);
        return new StaffQueuePage(rows, total, page, filter.PageSize);
    }
}
