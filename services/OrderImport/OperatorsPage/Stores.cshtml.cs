using System.Text.Json;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Fulfillment.OrderImport.Stores;
using Fulfillment.OrderImport.Stores.ChangeOrderSettings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// The connected stores with their order settings (S1-S8) and a backfill of a date range (S9), through OrderImport's
/// own store APIs so that a change is validated and recorded exactly as one sent to the API.
/// </summary>
public sealed class StoresModel(OwningServices services) : PageModel
{
    public IReadOnlyList<AmazonStoreView> Stores { get; private set; } = [];

    public ServiceAnswer? Answer { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken)
    {
        Answer = ServiceAnswer.Take(TempData);
        return ReadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSettingsAsync(
        [FromForm] string storeId, [FromForm] ChangeOrderSettingsRequest settings, CancellationToken cancellationToken)
    {
        Answer = await services.SendAsync(
            OwningServices.OrderImport, $"Change the settings of {storeId}", HttpMethod.Put,
            $"api/stores/{Uri.EscapeDataString(storeId)}/settings",
            settings with { StoreViewCode = Blank(settings.StoreViewCode), CustomProcessingStatus = Blank(settings.CustomProcessingStatus) },
            cancellationToken);
        Answer.Keep(TempData);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBackfillAsync(
        [FromForm] string storeId, [FromForm] DateTime? from, [FromForm] DateTime? to, CancellationToken cancellationToken)
    {
        Answer = await services.SendAsync(
            OwningServices.OrderImport, $"Backfill {storeId}", HttpMethod.Post,
            $"api/stores/{Uri.EscapeDataString(storeId)}/backfill",
            new { from = Utc(from), to = Utc(to), requestedBy = "operators page" }, cancellationToken);
        Answer.Keep(TempData);
        return RedirectToPage();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null;

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var (body, problem) = await services.GetAsync(OwningServices.OrderImport, "api/stores", cancellationToken);
        Answer ??= problem;
        Stores = body?.Deserialize<List<AmazonStoreView>>(OwningServices.Json) ?? [];
    }
}
