namespace Campus.Application.Abstractions;

/// <summary>Who is asking, as the use cases need to know it. The web host fills it from the sign-in.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    int? GuardianId { get; }
    int? StaffMemberId { get; }
    bool IsDistrictAdmin { get; }
}
