namespace Campus.Infrastructure.Identity;

public static class CampusClaimTypes
{
    public const string GuardianId = "campus:guardian_id";
    public const string StaffMemberId = "campus:staff_member_id";
}
