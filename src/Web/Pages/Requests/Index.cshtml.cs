using Campus.Application.ChangeRequests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Campus.Web.Pages.Requests;

/// <summary>"Update information": what the parent may ask to change, and every request they made with its outcome.</summary>
public sealed class IndexModel(
    UpdateChoicesQuery choices,
    MyChangeRequestsQuery requests,
    ChangeRequestKinds kinds,
    ChangeRequestTargets targets,
    WithdrawChangeRequestCommand withdraw,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<ChangeRequestSummary> Requests { get; private set; } = [];

    /// <summary>Each kind with the households, students or guardians the parent may ask about with it.</summary>
    public IReadOnlyList<(IChangeRequestKind Kind, IReadOnlyList<UpdateTarget> Targets)> Offers { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = await choices.RunAsync(cancellationToken);
        var offers = new List<(IChangeRequestKind, IReadOnlyList<UpdateTarget>)>();
        foreach (var kind in kinds.All)
        {
            var offered = new List<UpdateTarget>();
            foreach (var target in TargetsFor(mine, kind.Target))
            {
                if (await targets.CanRequestAsync(kind, target.Id, cancellationToken))
                {
                    offered.Add(target);
                }
            }

            if (offered.Count > 0)
            {
                offers.Add((kind, offered));
            }
        }

        Offers = offers;
        Requests = await requests.RunAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        Notice = await withdraw.RunAsync(id, cancellationToken) switch
        {
            WithdrawOutcome.Withdrawn => text["Your request was withdrawn."].Value,
            WithdrawOutcome.AlreadyDecided => text["That request was already decided, so it can no longer be withdrawn."].Value,
            _ => null,
        };
        return RedirectToPage();
    }

    private static IReadOnlyList<UpdateTarget> TargetsFor(UpdateChoices choices, ChangeRequestTarget target) => target switch
    {
        ChangeRequestTarget.Household => choices.Households,
        ChangeRequestTarget.Student => choices.Students,
        _ => choices.Guardians,
    };
}
