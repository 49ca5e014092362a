using Fulfillment.OrderImport.SpApi;
using Fulfillment.SpApiClient;

namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// What Amazon answered about one order's items and buyer during one import, so that an import decided again after
/// a write conflict does not ask Amazon a second time (the buyer is read again only if the first read left it out).
/// </summary>
public sealed class AmazonOrderContentsReads(IAmazonOrderReader reader, AmazonStoreAccess access, string amazonOrderId)
{
    private AmazonOrderContents? _contents;
    private bool _withBuyer;

    /// <summary>The contents the decision asks for, or null when it asks for none.</summary>
    /// <exception cref="AmazonOrderContentsUnreadableException">Amazon refused or answered something unusable.</exception>
    public async Task<AmazonOrderContents?> ReadAsync(ImportDecision decision, CancellationToken cancellationToken)
    {
        if (!decision.ReadItems && !decision.ReadBuyer)
        {
            return null;
        }

        if (_contents is null || (decision.ReadBuyer && !_withBuyer))
        {
            try
            {
                _contents = await reader.GetOrderContentsAsync(access, amazonOrderId, decision.ReadBuyer, cancellationToken);
                _withBuyer = decision.ReadBuyer;
            }
            catch (Exception exception) when (exception is SpApiRequestRejectedException or AmazonAnswerUnusableException)
            {
                throw new AmazonOrderContentsUnreadableException(exception);
            }
        }

        return decision.ReadBuyer ? _contents : _contents with { Buyer = null };
    }
}

/// <summary>Amazon did not give an order's items or buyer in a usable form; the message says why.</summary>
public sealed class AmazonOrderContentsUnreadableException(Exception cause) : Exception(cause.Message, cause);
