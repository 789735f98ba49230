using Campus.Application.Abstractions;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Campus.Infrastructure.Persistence;
using Campus.Plugins.Locker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Campus.Plugins.Locker.Tests;

/// <summary>
/// A temporary SQLite file holding the migrated core schema and the migrated Locker schema, configured as the host
/// does it (own history table, plugin assembly as migrations assembly). Holds one school with a current year.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 10, 14);

    private readonly string path = Path.Combine(Path.GetTempPath(), $"locker-tests-{Guid.NewGuid():N}.db");

    private SqliteDatabase()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        Core = new SqliteCampusDbContext(new DbContextOptionsBuilder<SqliteCampusDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(CampusDbContext).Assembly))
            .Options);
        Lockers = new SqliteLockerDbContext(new DbContextOptionsBuilder<SqliteLockerDbContext>()
            .UseSqlite(connectionString, o => o
                .MigrationsAssembly(typeof(SqliteLockerDbContext).Assembly)
                .MigrationsHistoryTable("__locker_MigrationsHistory"))
            .Options);
        Clock = new DistrictClock(new FixedTimeProvider(new DateTimeOffset(Today, new TimeOnly(15, 0), TimeSpan.Zero)), TimeZoneInfo.Utc);
    }

    public SqliteCampusDbContext Core { get; }
    public SqliteLockerDbContext Lockers { get; }
    public DistrictClock Clock { get; }
    public School School { get; private set; } = null!;
    public SchoolYear CurrentYear { get; private set; } = null!;
    public SchoolYear LastYear { get; private set; } = null!;

    public static async Task<SqliteDatabase> CreateAsync()
    {
        var database = new SqliteDatabase();
        await database.Core.Database.MigrateAsync();
        await database.Lockers.Database.MigrateAsync();

        var district = new District { Name = "Test District" };
        database.School = new School { District = district, Name = "Test Middle School", Grades = new GradeSpan(6, 8) };
        database.Core.Schools.Add(database.School);
        await database.Core.SaveChangesAsync();
        database.LastYear = new SchoolYear { DistrictId = district.Id, Name = "2025–2026", StartDate = new(2025, 8, 18), EndDate = new(2026, 6, 5) };
        database.CurrentYear = new SchoolYear { DistrictId = district.Id, Name = "2026–2027", StartDate = new(2026, 8, 17), EndDate = new(2027, 6, 4) };
        database.Core.SchoolYears.AddRange(database.LastYear, database.CurrentYear);
        await database.Core.SaveChangesAsync();
        return database;
    }

    public async Task<Student> AddStudentAsync(string firstName)
    {
        var student = new Student
        {
            LocalStudentNumber = $"S-{firstName}",
            LegalFirstName = firstName,
            LegalLastName = "Tester",
            GradeLevel = 7,
            SchoolId = School.Id,
        };
        Core.Students.Add(student);
        await Core.SaveChangesAsync();
        return student;
    }

    public StudentLockerQuery Query() => new(Core, Lockers, Clock);

    public static IStringLocalizer<LockerText> Text() =>
        new StringLocalizer<LockerText>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    public async ValueTask DisposeAsync()
    {
        await Lockers.DisposeAsync();
        await Core.DisposeAsync();
        File.Delete(path);
    }
}
