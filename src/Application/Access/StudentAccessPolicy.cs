using Campus.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Access;

public sealed class StudentAccessPolicy(ICampusDbContext db, ICurrentUser user) : IStudentAccessPolicy
{
    public Task<bool> CanViewStudentAsync(int studentId, CancellationToken cancellationToken) =>
        VisibleStudentIds().AnyAsync(id => id == studentId, cancellationToken);

    public IQueryable<int> VisibleStudentIds()
    {
        if (user.IsDistrictAdmin)
        {
            return db.Students.Select(s => s.Id);
        }

        if (user.GuardianId is int guardianId)
        {
            return db.GuardianStudentLinks
                .Where(l => l.GuardianId == guardianId && l.IsActive && l.HasPortalAccess)
                .Select(l => l.StudentId);
        }

        if (user.StaffMemberId is int staffId)
        {
            return db.Students
                .Where(s => db.StaffSchools.Any(ss => ss.StaffMemberId == staffId && ss.SchoolId == s.SchoolId))
                .Select(s => s.Id);
        }

        return db.Students.Where(_ => false).Select(s => s.Id);
    }
}
