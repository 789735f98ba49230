using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker.Tests;

public class LockerDemoSeederTests
{
    [Fact]
    public async Task Every_student_gets_one_locker_in_the_current_year()
    {
        await using var db = await SqliteDatabase.CreateAsync();
        var students = new[] { await db.AddStudentAsync("Ana"), await db.AddStudentAsync("Ben"), await db.AddStudentAsync("Cy") };

        await new LockerDemoSeeder(db.Core, db.Lockers, db.Clock).SeedAsync(CancellationToken.None);

        var assignments = await db.Lockers.Assignments.Include(a => a.Locker).AsNoTracking().ToListAsync();
        Assert.Equal(students.Select(s => s.Id).Order(), assignments.Select(a => a.StudentId).Order());
        Assert.All(assignments, a => Assert.Equal(db.CurrentYear.Id, a.SchoolYearId));
        Assert.All(assignments, a => Assert.Matches(@"^\d\d-\d\d-\d\d$", a.Locker!.Combination));
        Assert.Equal(assignments.Count, assignments.Select(a => a.LockerId).Distinct().Count());
        Assert.True(await db.Lockers.Lockers.CountAsync() > students.Length, "Spare lockers are expected.");
    }

    [Fact]
    public async Task Seeding_is_deterministic()
    {
        await using var first = await SqliteDatabase.CreateAsync();
        await using var second = await SqliteDatabase.CreateAsync();
        foreach (var db in new[] { first, second })
        {
            await db.AddStudentAsync("Ana");
            await db.AddStudentAsync("Ben");
            await new LockerDemoSeeder(db.Core, db.Lockers, db.Clock).SeedAsync(CancellationToken.None);
        }

        Assert.Equal(await Snapshot(first), await Snapshot(second));
    }

    private static Task<List<string>> Snapshot(SqliteDatabase db) =>
        db.Lockers.Assignments.OrderBy(a => a.StudentId)
            .Select(a => a.StudentId + ":" + a.Locker!.Number + ":" + a.Locker.Location + ":" + a.Locker.Combination)
            .ToListAsync();
}
