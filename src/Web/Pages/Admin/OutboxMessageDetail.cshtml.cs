using Campus.Application.Abstractions;
using Campus.Application.Email;
using Campus.Domain.Email;
using Campus.Infrastructure.Email;
using Campus.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campus.Web.Pages.Admin;

/// <summary>One outbox row; when the message went to the pickup folder, the .eml file as written.</summary>
[Authorize(Roles = CampusRoles.DistrictAdmin)]
public sealed class OutboxMessageDetailModel(
    ICampusDbContext db, MailPickupFolder pickup, DistrictClock clock, RetryFailedEmailCommand retry, IStringLocalizer<SharedResource> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public OutboxMessage Row { get; private set; } = null!;

    public string? EmlText { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        Row = row;
        var file = pickup.FileFor(id);
        EmlText = System.IO.File.Exists(file) ? await System.IO.File.ReadAllTextAsync(file, cancellationToken) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        Notice = await retry.RunAsync(id, cancellationToken)
            ? text["The email is queued to be sent again."].Value
            : text["Only a failed email can be sent again."].Value;
        return RedirectToPage(new { id });
    }

    public DateTime Local(DateTime utc) => clock.ToLocal(utc);
}
