using System.Xml;
using System.Xml.Linq;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>
/// What Amazon's XML processing report says: the <c>ResultDescription</c> of every <c>Result</c> whose
/// <c>ResultCode</c> is <c>Error</c>. A report that cannot be read counts as one error, so nothing is taken as done
/// without Amazon saying so.
/// </summary>
public sealed record FeedProcessingReport(IReadOnlyList<string> Errors)
{
    public static FeedProcessingReport Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content);
            var document = XDocument.Load(stream);
            var report = document.Descendants("ProcessingReport").FirstOrDefault();
            if (report is null)
            {
                return new FeedProcessingReport(["Amazon's processing report has no ProcessingReport element."]);
            }

            return new FeedProcessingReport([.. report.Elements("Result")
                .Where(result => result.Element("ResultCode")?.Value.Trim() == "Error")
                .Select(result => result.Element("ResultDescription")?.Value.Trim() is { Length: > 0 } description
                    ? description
                    : $"Amazon error {result.Element("ResultMessageCode")?.Value.Trim()}")]);
        }
        catch (XmlException exception)
        {
            return new FeedProcessingReport([$"Amazon's processing report could not be read: {exception.Message}"]);
        }
    }
}
