using System.Diagnostics;
using Campus.Application.Abstractions;
using Campus.Application.ChangeRequests;
using Campus.Domain.ChangeRequests;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Campus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Benchmarks;

/// <summary>
/// The staff review queue with many requests in the embedded database: seeds N requests spread over ten schools and
/// times the queries a reviewer's page runs (count + one page), for a staff member of one school and for a district admin.
/// </summary>
public static class StaffQueueBenchmark
{
    private const int Schools = 10;

    public static async Task RunAsync(int count)
    {
        var reviewer = new BenchmarkReviewer();
        using var bench = await BenchmarkHost.CreateAsync(new Dictionary<string, string?>(), services => services.AddSingleton<ICurrentUser>(reviewer));
        var seeding = Stopwatch.StartNew();
        var staffId = await SeedAsync(bench.Services, count);
        Console.WriteLine($"Seeded {count} change requests over {Schools} schools in {seeding.Elapsed.TotalSeconds:F1} s");

        reviewer.StaffMemberId = staffId;
        await MeasureAsync(bench.Services, "staff, pending, page 1", new StaffQueueFilter(null, null, ChangeRequestStatus.Pending, null, 1));
        await MeasureAsync(bench.Services, "staff, pending, page 40", new StaffQueueFilter(null, null, ChangeRequestStatus.Pending, null, 40));
        await MeasureAsync(bench.Services, "staff, kind + older than 7 days", new StaffQueueFilter("home-phone", null, ChangeRequestStatus.Pending, 7, 1));
        reviewer.StaffMemberId = null;
        reviewer.IsDistrictAdmin = true;
        await MeasureAsync(bench.Services, "admin, pending, page 1", new StaffQueueFilter(null, null, ChangeRequestStatus.Pending, null, 1));
        await MeasureAsync(bench.Services, "admin, one school, any status", new StaffQueueFilter(null, 3, null, null, 1));
    }

    private static async Task MeasureAsync(IServiceProvider services, string name, StaffQueueFilter filter)
    {
        const int rounds = 20;
        var timings = new List<double>();
        StaffQueuePage? page = null;
        for (var i = 0; i < rounds + 2; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            page = await scope.ServiceProvider.GetRequiredService<StaffQueueQuery>().RunAsync(filter, CancellationToken.None);
            if (i >= 2)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine($"{name}: {page!.TotalCount} matching, {page.Rows.Count} shown; median {timings[rounds / 2]:F1} ms, worst {timings[^1]:F1} ms");
    }

    private static async Task<int> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var district = new District { Name = "Benchmark district" };
        var schools = Enumerable.Range(1, Schools).Select(i => new School { District = district, Name = $"School {i}", Grades = new GradeSpan(0, 12) }).ToList();
        var household = new Household { Name = "Bench household", Address = new Address("1 Main St", null, "Westminster", "CO", "80031") };
        var guardian = new Guardian { FirstName = "Bench", LastName = "Guardian" };
        db.AddRange(schools);
        db.Add(household);
        db.Add(guardian);
        var staff = new StaffMember { FirstName = "Bench", LastName = "Staff", Email = "bench-staff@example.test" };
        db.Add(staff);
        await db.SaveChangesAsync();
        db.Add(new StaffSchool { StaffMemberId = staff.Id, SchoolId = schools[0].Id });
        await db.SaveChangesAsync();

        var kinds = new[] { "home-address", "home-phone", "student-demographics", "guardian-contact", "emergency-contacts" };
        var statuses = new[] { ChangeRequestStatus.Pending, ChangeRequestStatus.Pending, ChangeRequestStatus.Approved, ChangeRequestStatus.Rejected, ChangeRequestStatus.Withdrawn };
        var start = DateTime.UtcNow.AddDays(-365);
        const int batch = 5_000;
        for (var done = 0; done < count; done += batch)
        {
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var request = new ChangeRequest
                {
                    Kind = kinds[(i / 3) % kinds.Length],
                    RequestedByGuardianId = guardian.Id,
                    HouseholdId = household.Id,
                    SubmittedAtUtc = start.AddMinutes(i * 5.0),
                    Status = statuses[(i / 7) % statuses.Length],
                    Fields = [new ChangeRequestField { Field = "HomePhone", Label = "Home phone", RequestedValue = "(303) 555-0100" }],
                    Schools = [new ChangeRequestSchool { SchoolId = schools[i % Schools].Id }],
                };
                db.ChangeRequests.Add(request);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return staff.Id;
    }

    private sealed class BenchmarkReviewer : ICurrentUser
    {
        public string? UserId => "benchmark";
        public int? GuardianId => null;
        public int? StaffMemberId { get; set; }
        public bool IsDistrictAdmin { get; set; }
    }
}
