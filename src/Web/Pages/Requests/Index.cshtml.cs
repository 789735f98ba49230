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
    WithdrawChangeRequestCommand withdraw,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public UpdateChoices Choices { get; private set; } = new([], [], []);

    public IReadOnlyList<ChangeRequestSummary> Requests { get; private set; } = [];

    public IReadOnlyList<IChangeRequestKind> Kinds => kinds.All;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await choices.RunAsync(cancellationToken);
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

    public IReadOnlyList<UpdateTarget> TargetsFor(ChangeRequestTarget target) => target switch
    {
        ChangeRequestTarget.Household => Choices.Households,
        ChangeRequestTarget.Student => Choices.Students,
        _ => Choices.Guardians,
    };
}
