using System.Text;

namespace Fulfillment.SpApiSimulator.FeedsApi.DocumentContent;

/// <summary>
/// The document URLs of the Feeds API. Amazon's are presigned storage URLs that take no SP-API token: whoever holds
/// the URL may upload (PUT) or download (GET). The simulator serves them itself, with an unguessable document id.
/// </summary>
public static class FeedDocumentContentEndpoints
{
    private const string Path = "/feed-documents";

    public static string UrlOf(HttpContext http, string feedDocumentId) =>
        $"{http.Request.Scheme}://{http.Request.Host}{Path}/{Uri.EscapeDataString(feedDocumentId)}";

    public static WebApplication MapFeedDocumentContent(this WebApplication app)
    {
        // Amazon's pre-signed document URLs: the unguessable document id in the URL is the credential, as with S3.
        var group = app.MapGroup(Path).WithTags("Feeds API document storage").AllowAnonymous();
        group.MapPut("/{feedDocumentId}", UploadAsync);
        group.MapGet("/{feedDocumentId}", Download);
        return app;
    }

    /// <summary>Stores the upload as it arrives; a document that cannot be read is reported when the feed is processed.</summary>
    private static async Task<IResult> UploadAsync(string feedDocumentId, HttpRequest request, FeedStore feeds)
    {
        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, request.HttpContext.RequestAborted);
        return feeds.Upload(feedDocumentId, content.ToArray()) ? TypedResults.Ok() : TypedResults.NotFound();
    }

    private static IResult Download(string feedDocumentId, FeedStore feeds) =>
        feeds.FindDocument(feedDocumentId) is { Content: { } content } document
            ? TypedResults.Bytes(content, document.ContentType)
            : TypedResults.Text("The document does not exist or has no content yet.", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
}
