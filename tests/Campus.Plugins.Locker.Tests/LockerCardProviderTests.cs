using Campus.Plugins.Locker.Data;
using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker.Tests;

public class LockerCardProviderTests
{
    [Fact]
    public async Task Migrating_creates_the_plugin_tables_and_its_own_history_table()
    {
        await using var db = await SqliteDatabase.CreateAsync();

        var tables = await db.Core.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync();

        Assert.Contains("__locker_MigrationsHistory", tables);
        Assert.Contains("Locker_Lockers", tables);
        Assert.Contains("Locker_Assignments", tables);
        Assert.Empty(await db.Lockers.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Card_shows_this_years_locker_and_none_for_a_student_without_one()
    {
        await using var db = await SqliteDatabase.CreateAsync();
        var withLocker = await db.AddStudentAsync("Ana");
        var withOnlyLastYears = await db.AddStudentAsync("Ben");
        var thisYears = new Data.Locker { SchoolId = db.School.Id, Number = "214", Location = "North wing", Combination = "12-34-56" };
        var lastYears = new Data.Locker { SchoolId = db.School.Id, Number = "101", Location = "South wing", Combination = "01-02-03" };
        db.Lockers.Assignments.AddRange(
            new LockerAssignment { Locker = thisYears, StudentId = withLocker.Id, SchoolYearId = db.CurrentYear.Id },
            new LockerAssignment { Locker = lastYears, StudentId = withOnlyLastYears.Id, SchoolYearId = db.LastYear.Id });
        await db.Lockers.SaveChangesAsync();
        var provider = new LockerCardProvider(db.Query(), SqliteDatabase.Text());

        var card = await provider.GetCardAsync(withLocker.Id, CancellationToken.None);

        Assert.NotNull(card);
        Assert.Equal("Locker", card.Title);
        Assert.Equal([new("Number", "214"), new("Location", "North wing")], card.Lines);
        Assert.Equal("locker", card.LinkPath);
        Assert.Equal("View locker", card.LinkText);
        Assert.Null(await provider.GetCardAsync(withOnlyLastYears.Id, CancellationToken.None));
        Assert.Null(await provider.GetCardAsync(withLocker.Id + 1000, CancellationToken.None));
    }
}
