using Microsoft.AspNetCore.Identity;

namespace Campus.Infrastructure.Identity;

/// <summary>A sign-in account. A guardian's account points at the guardian; a staff account at the staff member.</summary>
public class CampusUser : IdentityUser
{
    public int? GuardianId { get; set; }
    public int? StaffMemberId { get; set; }
}
