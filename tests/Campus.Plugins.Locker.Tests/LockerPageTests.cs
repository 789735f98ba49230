using Campus.Plugins.Locker.Areas.Locker.Pages;
using Campus.Plugins.Locker.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Plugins.Locker.Tests;

public class LockerPageTests
{
    [Fact]
    public async Task Get_shows_the_locker_without_the_combination()
    {
        await using var db = await SqliteDatabase.CreateAsync();
        var student = await AssignedStudentAsync(db);
        var audit = new RecordingAuditLog();
        var page = new LockerModel(db.Query(), audit);

        Assert.IsType<PageResult>(await page.OnGetAsync(student, CancellationToken.None));

        Assert.Equal("214", page.Locker?.Number);
        Assert.False(page.CombinationShown);
        Assert.Empty(audit.Entries);
    }

    [Fact]
    public async Task Reveal_shows_the_combination_and_audits_without_it()
    {
        await using var db = await SqliteDatabase.CreateAsync();
        var student = await AssignedStudentAsync(db);
        var audit = new RecordingAuditLog();
        var page = new LockerModel(db.Query(), audit);

        Assert.IsType<PageResult>(await page.OnPostRevealAsync(student, CancellationToken.None));

        Assert.True(page.CombinationShown);
        var entry = Assert.Single(audit.Entries);
        Assert.Equal("locker-combination-revealed", entry.Action);
        Assert.Equal(student.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.DoesNotContain("12-34-56", entry.Detail ?? "");
    }

    [Fact]
    public async Task Unknown_student_is_not_found()
    {
        await using var db = await SqliteDatabase.CreateAsync();
        var audit = new RecordingAuditLog();
        var page = new LockerModel(db.Query(), audit);

        Assert.IsType<NotFoundResult>(await page.OnGetAsync(999, CancellationToken.None));
        Assert.IsType<NotFoundResult>(await page.OnPostRevealAsync(999, CancellationToken.None));
        Assert.Empty(audit.Entries);
    }

    [Fact]
    public async Task Student_without_a_locker_this_year_gets_no_locker_and_no_audit()
    {
        await using var db = await SqliteDatabase.CreateAsync();
        var student = await db.AddStudentAsync("Ben");
        var audit = new RecordingAuditLog();
        var page = new LockerModel(db.Query(), audit);

        Assert.IsType<PageResult>(await page.OnPostRevealAsync(student.Id, CancellationToken.None));

        Assert.Null(page.Locker);
        Assert.False(page.CombinationShown);
        Assert.Empty(audit.Entries);
    }

    private static async Task<int> AssignedStudentAsync(SqliteDatabase db)
    {
        var student = await db.AddStudentAsync("Ana");
        // Another student's locker, so that reading the wrong row would show.
        var other = await db.AddStudentAsync("Zed");
        db.Lockers.Assignments.AddRange(
            new LockerAssignment
            {
                Locker = new Data.Locker { SchoolId = db.School.Id, Number = "214", Location = "North wing", Combination = "12-34-56" },
                StudentId = student.Id,
                SchoolYearId = db.CurrentYear.Id,
            },
            new LockerAssignment
            {
                Locker = new Data.Locker { SchoolId = db.School.Id, Number = "999", Location = "Gym", Combination = "39-39-39" },
                StudentId = other.Id,
                SchoolYearId = db.CurrentYear.Id,
            });
        await db.Lockers.SaveChangesAsync();
        return student.Id;
    }
}
