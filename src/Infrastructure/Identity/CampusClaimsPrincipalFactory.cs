using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Campus.Infrastructure.Identity;

/// <summary>Puts the guardian and staff ids into the sign-in cookie so that no request looks them up again.</summary>
public sealed class CampusClaimsPrincipalFactory(
    UserManager<CampusUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CampusUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CampusUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.GuardianId is int guardianId)
        {
            identity.AddClaim(new Claim(CampusClaimTypes.GuardianId, guardianId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.StaffMemberId is int staffId)
        {
            identity.AddClaim(new Claim(CampusClaimTypes.StaffMemberId, staffId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
