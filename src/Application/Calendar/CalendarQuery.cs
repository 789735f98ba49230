using Campus.Application.Access;
using Campus.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Calendar;

/// <summary>District-wide events and the events of the schools the user's students attend (or staff work at).</summary>
public sealed class CalendarQuery(ICampusDbContext db, ICurrentUser user, IStudentAccessPolicy access, DistrictClock clock)
{
    /// <summary>Events that touch any day from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> RunAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var fromUtc = clock.ToUtc(first, TimeOnly.MinValue);
        var toUtc = clock.ToUtc(last.AddDays(1), TimeOnly.MinValue);
        var schoolIds = await SchoolIdsAsync(cancellationToken);

        var events = await db.CalendarEvents.AsNoTracking()
            .Where(e => e.StartsAtUtc < toUtc && e.EndsAtUtc > fromUtc
                && (e.SchoolId == null || schoolIds.Contains(e.SchoolId.Value)))
            .Select(e => new
            {
                e.Id, e.Title, e.Category, e.IsAllDay, e.StartsAtUtc, e.EndsAtUtc,
                Where = e.SchoolId == null
                    ? db.Districts.Where(d => d.Id == e.DistrictId).Select(d => d.Name).First()
                    : db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.Name).First(),
            })
            .ToListAsync(cancellationToken);

        return events
            .Select(e =>
            {
                var start = clock.ToLocal(e.StartsAtUtc);
                var end = clock.ToLocal(e.EndsAtUtc);
                // An event ending exactly at midnight does not occupy the day that begins then.
                var lastDay = DateOnly.FromDateTime(end.TimeOfDay == TimeSpan.Zero && end > start ? end.AddTicks(-1) : end);
                return new CalendarEntry(e.Id, e.Title, e.Category, e.IsAllDay, start, end, DateOnly.FromDateTime(start), lastDay, e.Where);
            })
            .OrderBy(e => e.StartsAtLocal)
            .ThenBy(e => e.Title)
            .ToList();
    }

    private async Task<List<int>> SchoolIdsAsync(CancellationToken cancellationToken)
    {
        if (user.StaffMemberId is int staffId)
        {
            return await db.StaffSchools.Where(s => s.StaffMemberId == staffId).Select(s => s.SchoolId).ToListAsync(cancellationToken);
        }

        var visible = access.VisibleStudentIds();
        return await db.Students.Where(s => visible.Contains(s.Id)).Select(s => s.SchoolId).Distinct().ToListAsync(cancellationToken);
    }
}
