using Campus.Application.ChangeRequests;
using Campus.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Campus.Web.Pages.Staff.Requests;

/// <summary>One request, field by field, with approve-all, approve-some and reject-with-reason.</summary>
[Authorize(Roles = $"{CampusRoles.Staff},{CampusRoles.DistrictAdmin}")]
public sealed class DetailModel(StaffRequestDetailQuery details, DecideChangeRequestCommand decide, IStringLocalizer<SharedResource> text) : PageModel
{
    public StaffRequestDetail Detail { get; private set; } = null!;

    [BindProperty]
    public Guid Stamp { get; set; }

    [BindProperty]
    public List<string> Accepted { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public string? ReasonError { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await details.RunAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Stamp = detail.ConcurrencyStamp;
        Accepted = detail.Fields.Select(f => f.Field).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, reject: false, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, reject: true, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, bool reject, CancellationToken cancellationToken)
    {
        var outcome = await decide.RunAsync(new DecideChangeRequest(id, Stamp, reject, Accepted.ToHashSet(), Reason), cancellationToken);
        switch (outcome)
        {
            case DecisionOutcome.NotFound:
                return NotFound();
            case DecisionOutcome.ReasonRequired:
                if (await details.RunAsync(id, cancellationToken) is not { } detail)
                {
                    return NotFound();
                }

                Detail = detail;
                ReasonError = text["Give a reason: the parent will read it."];
                return Page();
            case DecisionOutcome.AlreadyDecided:
                Notice = text["Someone else already decided this request, or it was withdrawn. Your decision was not applied."];
                return RedirectToPage(new { id });
            default:
                Notice = text["Decision saved. The family will be emailed."];
                return RedirectToPage(new { id });
        }
    }
}
