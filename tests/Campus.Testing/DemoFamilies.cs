using Campus.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Campus.Testing;

/// <summary>Reads from the seeded database which students each demo guardian may and may not see.</summary>
public static class DemoFamilies
{
    public static Task<List<int>> StudentIdsOfAsync(CampusWebFactory host, string email) =>
        host.WithDbAsync(async db =>
        {
            var guardianId = await db.Users.Where(u => u.Email == email).Select(u => u.GuardianId).SingleAsync();
            return await db.GuardianStudentLinks
                .Where(l => l.GuardianId == guardianId && l.IsActive && l.HasPortalAccess)
                .Select(l => l.StudentId)
                .ToListAsync();
        });

    public static Task<List<int>> ParentStudentIdsAsync(CampusWebFactory host) => StudentIdsOfAsync(host, DemoAccounts.Parent);

    public static Task<List<int>> OtherFamilyStudentIdsAsync(CampusWebFactory host) => StudentIdsOfAsync(host, DemoAccounts.Parent2);
}
