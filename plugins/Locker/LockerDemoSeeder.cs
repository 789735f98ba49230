using Campus.Application.Abstractions;
using Campus.Application.Plugins;
using Campus.Plugins.Locker.Data;
using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker;

/// <summary>
/// Gives every school a bank of lockers and every student one of them for the current school year. Deterministic:
/// schools and students in id order, numbers from 100 up, combinations computed from school and number.
/// </summary>
public sealed class LockerDemoSeeder(ICampusDbContext core, LockerDbContext lockers, DistrictClock clock) : IDemoDataSeeder
{
    private const int FirstNumber = 100;
    private const int SpareLockers = 5;
    private const int LockersPerHallway = 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await lockers.Lockers.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today;
        var years = await core.SchoolYears.AsNoTracking()
            .Where(y => y.StartDate <= today && y.EndDate >= today)
            .ToListAsync(cancellationToken);
        var schools = await core.Schools.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var school in schools)
        {
            var studentIds = await core.Students.AsNoTracking()
                .Where(s => s.SchoolId == school.Id)
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .ToListAsync(cancellationToken);
            var bank = Enumerable.Range(0, studentIds.Count + SpareLockers)
                .Select(i => NewLocker(school.Id, i))
                .ToList();
            lockers.Lockers.AddRange(bank);

            var year = years.Where(y => y.DistrictId == school.DistrictId).MinBy(y => y.StartDate);
            if (year is not null)
            {
                lockers.Assignments.AddRange(studentIds.Select((studentId, i) =>
                    new LockerAssignment { Locker = bank[i], StudentId = studentId, SchoolYearId = year.Id }));
            }
        }

        await lockers.SaveChangesAsync(cancellationToken);
    }

    private static Data.Locker NewLocker(int schoolId, int index)
    {
        var number = FirstNumber + index;
        return new Data.Locker
        {
            SchoolId = schoolId,
            Number = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Location = $"Hallway {(char)('A' + index / LockersPerHallway)}",
            Combination = Combination(schoolId, number),
        };
    }

    /// <summary>Three dial numbers 0–39, spread by multiplying with primes so that neighbouring lockers differ.</summary>
    internal static string Combination(int schoolId, int number)
    {
        var seed = schoolId * 1000 + number;
        return $"{seed * 7 % 40:00}-{(seed * 13 + 17) % 40:00}-{(seed * 29 + 11) % 40:00}";
    }
}
