using Campus.Application.Abstractions;
using Campus.Application.Messages;
using Campus.Domain.Communication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Web.Pages;

/// <summary>The Message Center, the page every parent lands on.</summary>
public sealed class IndexModel(MessageCenterQuery messages, MarkMessageReadCommand markRead, ICurrentUser user, DistrictClock clock) : PageModel
{
    public IReadOnlyList<MessageCenterItem> Messages { get; private set; } = [];

    public bool CanMarkRead => user.GuardianId is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await messages.RunAsync(cancellationToken);

    public async Task<IActionResult> OnPostMarkReadAsync(MessageKind kind, int id, CancellationToken cancellationToken)
    {
        await markRead.RunAsync(kind, id, cancellationToken);
        return RedirectToPage();
    }

    public string LocalTime(DateTime utc) => clock.ToLocal(utc).ToString("g", System.Globalization.CultureInfo.CurrentCulture);
}
