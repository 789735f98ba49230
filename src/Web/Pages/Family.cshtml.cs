using Campus.Application.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Web.Pages;

public sealed class FamilyModel(FamilyQuery family) : PageModel
{
    public FamilyView Family { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Family = await family.RunAsync(cancellationToken);
}
