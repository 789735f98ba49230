using Campus.Application.Plugins;
using Campus.Domain.Organization;
using Campus.Infrastructure.Identity;
using Campus.Infrastructure.Plugins;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Campus.Web.Pages.Admin;

/// <summary>
/// The installed plugins, the folders the host skipped and why, and the switches: on or off for the district and,
/// overriding that, for each school.
/// </summary>
[Authorize(Roles = CampusRoles.DistrictAdmin)]
public sealed class PluginsModel(PluginCatalog catalog, PluginSwitches switches, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<LoadedPlugin> Loaded => catalog.Loaded;

    public IReadOnlyList<RejectedPlugin> Rejected => catalog.Rejected;

    public IReadOnlyList<School> Schools { get; private set; } = [];

    public Dictionary<string, PluginSwitchState> States { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Schools = await switches.SchoolsAsync(cancellationToken);
        foreach (var plugin in Loaded)
        {
            States[plugin.Manifest.Id] = await switches.StateAsync(plugin.Manifest.Id, cancellationToken);
        }
    }

    /// <summary><paramref name="district"/> and each school's value: "on", "off", or "" for the default.</summary>
    public async Task<IActionResult> OnPostAsync(string pluginId, string? district, Dictionary<int, string?> schools, CancellationToken cancellationToken)
    {
        if (Loaded.All(p => p.Manifest.Id != pluginId))
        {
            return NotFound();
        }

        await switches.SetAsync(pluginId, null, Parse(district), cancellationToken);
        foreach (var school in await switches.SchoolsAsync(cancellationToken))
        {
            await switches.SetAsync(pluginId, school.Id, Parse(schools.GetValueOrDefault(school.Id)), cancellationToken);
        }

        Notice = text["Saved. The change applies from the next page a parent opens."];
        return RedirectToPage();
    }

    public static string Value(bool? enabled) => enabled switch { true => "on", false => "off", null => "" };

    private static bool? Parse(string? value) => value switch { "on" => true, "off" => false, _ => null };
}
