using System.Globalization;
using System.Security.Claims;
using Campus.Application.Abstractions;
using Campus.Infrastructure.Identity;

namespace Campus.Web.Hosting;

/// <summary>The signed-in user as the use cases see them, read from the sign-in cookie's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public int? GuardianId => ClaimAsInt(CampusClaimTypes.GuardianId);

    public int? StaffMemberId => ClaimAsInt(CampusClaimTypes.StaffMemberId);

    public bool IsDistrictAdmin => Principal?.IsInRole(CampusRoles.DistrictAdmin) ?? false;

    private int? ClaimAsInt(string type) =>
        int.TryParse(Principal?.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
