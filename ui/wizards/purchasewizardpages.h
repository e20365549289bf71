#pragma once

// The five pages of PurchaseWizard, one file each. Each shows the wizard's state and sends
// what the user does back to the wizard; none talks to the database itself.
#include "checkspage.h"
#include "clientpage.h"
#include "confirmpage.h"
#include "invoicespage.h"
#include "pricingpage.h"
