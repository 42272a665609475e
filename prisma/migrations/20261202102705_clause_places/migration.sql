-- AlterTable
ALTER TABLE "ContractClause" ADD COLUMN     "places" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Data: the demo's residency commitments that name a place keep data there (decision 00NN); the
-- cloud providers' commitments follow the region chosen for each deployment and stay empty.
UPDATE "ContractClause" SET "places" = ARRAY['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK','SI','ES','SE','IS','LI','NO']
  WHERE "type" = 'DATA_RESIDENCY' AND "heading" = '5.6 Regional storage';
UPDATE "ContractClause" SET "places" = ARRAY['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK','SI','ES','SE']
  WHERE "type" = 'DATA_RESIDENCY' AND "heading" = '6.1 EU hosting';
UPDATE "ContractClause" SET "places" = ARRAY['DE']
  WHERE "type" = 'DATA_RESIDENCY' AND "heading" = '§3 Installation on customer premises';
UPDATE "ContractClause" SET "places" = ARRAY['SG']
  WHERE "type" = 'DATA_RESIDENCY' AND "heading" = 'Model Studio Terms 3.1 — International deployment';
