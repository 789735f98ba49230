using Campus.Application.ChangeRequests;
using Campus.Domain.ChangeRequests;
using Campus.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Campus.Web.Pages.Staff.Requests;

/// <summary>The review queue for the staff member's schools, oldest first.</summary>
[Authorize(Roles = $"{CampusRoles.Staff},{CampusRoles.DistrictAdmin}")]
public sealed class IndexModel(StaffQueueQuery queue, StaffRequestAccess access, ChangeRequestKinds kinds) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public ChangeRequestStatus? Status { get; set; } = ChangeRequestStatus.Pending;

    [BindProperty(SupportsGet = true)]
    public int? OlderThanDays { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public StaffQueuePage Queue { get; private set; } = new([], 0, 1, 25);

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public IReadOnlyList<IChangeRequestKind> Kinds => kinds.All;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Schools = (await access.Schools().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
        Queue = await queue.RunAsync(new StaffQueueFilter(Kind, School, Status, OlderThanDays, PageNumber), cancellationToken);
    }

    public IChangeRequestKind? KindOf(string key) => kinds.Find(key);

    public string PageLink(int page) =>
        $"?kind={Uri.EscapeDataString(Kind ?? "")}&school={School}&status={Status}&olderThanDays={OlderThanDays}&page={page}";
}
