using Campus.Application.Abstractions;
using Campus.Plugins.Locker.Data;
using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker;

/// <summary>Finds one student's locker for the school year that contains the district's today.</summary>
public sealed class StudentLockerQuery(ICampusDbContext core, LockerDbContext lockers, DistrictClock clock)
{
    public Task<bool> StudentExistsAsync(int studentId, CancellationToken cancellationToken) =>
        core.Students.AnyAsync(s => s.Id == studentId, cancellationToken);

    /// <summary>The locker, or null when the student has none this year (or there is no current school year).</summary>
    public async Task<StudentLocker?> FindCurrentAsync(int studentId, CancellationToken cancellationToken)
    {
        var districtId = await core.Students.Where(s => s.Id == studentId)
            .Select(s => (int?)s.School!.DistrictId)
            .FirstOrDefaultAsync(cancellationToken);
        if (districtId is null)
        {
            return null;
        }

        var today = clock.Today;
        var year = await core.SchoolYears.AsNoTracking()
            .Where(y => y.DistrictId == districtId && y.StartDate <= today && y.EndDate >= today)
            .OrderBy(y => y.StartDate)
            .Select(y => new { y.Id, y.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (year is null)
        {
            return null;
        }

        return await lockers.Assignments.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.SchoolYearId == year.Id)
            .Select(a => new StudentLocker(a.Id, a.Locker!.Number, a.Locker.Location, a.Locker.Combination, year.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
