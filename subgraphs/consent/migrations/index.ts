import { CreateConsentSchema1795301191058 } from './1795301191058-CreateConsentSchema';
import { AddAccessLog1795301491985 } from './1795301491985-AddAccessLog';
import { AddErasureOutbox1795301702741 } from './1795301702741-AddErasureOutbox';
import { AddAccessDetail1795301972816 } from './1795301972816-AddAccessDetail';
import { OutboxClaimsAndSubjectLock1795320318855 } from './1795320318855-OutboxClaimsAndSubjectLock';
import { AccessLogEvents1795320384254 } from './1795320384254-AccessLogEvents';
import { PartnerAccess1795322849123 } from './1795322849123-PartnerAccess';
import { AddWebhooks1795324419838 } from './1795324419838-AddWebhooks';
import { AddConsentRequests1795329167211 } from './1795329167211-AddConsentRequests';
import { ConsentReceipts1795329179379 } from './1795329179379-ConsentReceipts';
import { FreezeAndNotifications1795329216442 } from './1795329216442-FreezeAndNotifications';
import { IndexConsentRequestsByPartner1795333915910 } from './1795333915910-IndexConsentRequestsByPartner';
import { Furnishers1796337684614 } from './1796337684614-Furnishers';
import { IdempotencyKeys1796338677447 } from './1796338677447-IdempotencyKeys';
import { ConsentRequestReturn1796340355151 } from './1796340355151-ConsentRequestReturn';
import { WebhookSecretOverlap1796341144256 } from './1796341144256-WebhookSecretOverlap';
import { PartnerReceiptCopy1796350000000 } from './1796350000000-PartnerReceiptCopy';
import { UncopiedReceiptsIndex1796396634711 } from './1796396634711-UncopiedReceiptsIndex';

/** PostgreSQL migrations, oldest first (SQLite builds its tables from the entities). */
export const migrations: Function[] = [
  CreateConsentSchema1795301191058,
  AddAccessLog1795301491985,
  AddErasureOutbox1795301702741,
  AddAccessDetail1795301972816,
  OutboxClaimsAndSubjectLock1795320318855,
  AccessLogEvents1795320384254,
  PartnerAccess1795322849123,
  AddWebhooks1795324419838,
  AddConsentRequests1795329167211,
  ConsentReceipts1795329179379,
  FreezeAndNotifications1795329216442,
  IndexConsentRequestsByPartner1795333915910,
  Furnishers1796337684614,
  IdempotencyKeys1796338677447,
  ConsentRequestReturn1796340355151,
  WebhookSecretOverlap1796341144256,
  PartnerReceiptCopy1796350000000,
  UncopiedReceiptsIndex1796396634711,
];
