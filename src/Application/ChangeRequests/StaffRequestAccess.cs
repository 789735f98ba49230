using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;

namespace Campus.Application.ChangeRequests;

/// <summary>Staff act only on requests that concern one of their schools; a district admin on all.</summary>
public sealed class StaffRequestAccess(ICampusDbContext db, ICurrentUser user)
{
    public bool IsReviewer => user.IsDistrictAdmin || user.StaffMemberId is not null;

    public IQueryable<ChangeRequest> Visible()
    {
        if (user.IsDistrictAdmin)
        {
            return db.ChangeRequests;
        }

        if (user.StaffMemberId is not int staffId)
        {
            return db.ChangeRequests.Where(_ => false);
        }

        var schoolIds = db.StaffSchools.Where(s => s.StaffMemberId == staffId).Select(s => s.SchoolId);
        return db.ChangeRequests.Where(r => db.ChangeRequestSchools.Any(s => s.ChangeRequestId == r.Id && schoolIds.Contains(s.SchoolId)));
    }

    /// <summary>The schools a reviewer may filter by.</summary>
    public IQueryable<Domain.Organization.School> Schools() =>
        user.IsDistrictAdmin
            ? db.Schools
            : db.Schools.Where(s => db.StaffSchools.Any(x => x.StaffMemberId == user.StaffMemberId && x.SchoolId == s.Id));
}
