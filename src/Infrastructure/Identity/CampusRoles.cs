namespace Campus.Infrastructure.Identity;

public static class CampusRoles
{
    public const string Guardian = "Guardian";
    public const string Staff = "Staff";
    public const string DistrictAdmin = "DistrictAdmin";

    public static readonly IReadOnlyList<string> All = [Guardian, Staff, DistrictAdmin];
}
